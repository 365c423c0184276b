namespace RunnersQA.Bench;

/// <summary>
/// What readers type, in words the corpus uses (tools/Corpus/Vocabulary.cs): single words, symptoms in plain
/// words, one misspelling ("hamstirng") and one word still being typed ("kne").
/// </summary>
public static class ReaderQueries
{
    public static readonly IReadOnlyList<string> All =
    [
        "knee", "sore knees", "hamstring", "hamstirng", "achilles stiffness", "shin splints", "stretch", "foam rolling",
        "marathon", "heel pain morning", "cramp", "lower back", "plantar", "recovery", "calf tightness", "hip flexor",
        "glute", "downhill", "treadmill", "kne",
    ];

    public static bool IsOneWord(string query) => !query.Trim().Contains(' ');
}
