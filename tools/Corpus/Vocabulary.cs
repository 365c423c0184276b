namespace RunnersQA.Tools.Corpus;

/// <summary>Word banks for runner questions and expert answers.</summary>
internal static class Vocabulary
{
    public static readonly string[] BodyParts =
    [
        "knee", "hip", "ankle", "calf", "shin", "hamstring", "quad", "glute", "foot", "heel", "achilles", "lower back",
        "arch", "toe", "groin", "it band", "hip flexor", "piriformis", "soleus", "kneecap",
    ];

    public static readonly string[] Symptoms =
    [
        "soreness", "tightness", "a dull ache", "a sharp pain", "stiffness", "swelling", "burning", "clicking",
        "weakness", "cramp", "niggles", "a pulling feeling",
    ];

    public static readonly string[] Contexts =
    [
        "a few miles into a run", "on long runs", "after speed sessions", "first thing in the morning", "on downhills",
        "after parkrun", "during tempo runs", "the day after a race", "when I increase my mileage", "on the treadmill",
        "on trails", "in cold weather",
    ];

    public static readonly string[] Goals =
    [
        "my first marathon", "a sub-25 5k", "a half marathon PB", "an ultra", "running three times a week",
        "getting back after injury", "a trail race", "running with my club",
    ];

    public static readonly string[] Advice =
    [
        "build your mileage by no more than about ten percent a week", "add two short strength sessions a week",
        "foam roll the area for three to five minutes a day", "warm up with leg swings, lunges and easy strides",
        "keep most of your running at a conversational pace", "check that your shoes still have support left in them",
        "take a rest day after every hard session", "sleep seven to nine hours a night", "eat enough carbohydrate around long runs",
        "raise your cadence by five percent", "strengthen your glutes with bridges and side-lying leg raises",
        "stretch your calves and hip flexors after every run", "swap one run a week for cycling or swimming",
        "see a physiotherapist if the pain is sharp or persists", "run on softer surfaces for a few weeks",
        "practise single-leg balance while you brush your teeth",
    ];

    public static readonly string[] Fillers =
    [
        "Most runners notice a difference within a few weeks.", "Consistency matters more than intensity here.",
        "The body adapts to load, as long as the load rises gradually.", "Pain that changes your gait is a signal to stop.",
        "Small, daily doses of strength work beat one long session a week.", "Recovery is where the training effect happens.",
        "Keep a simple log of runs and symptoms so you can spot patterns.", "Listen to how the area feels the next morning.",
        "A gradual return beats a heroic comeback.", "Technique changes should be small and practised on easy runs.",
    ];

    public static readonly string[] Tags =
    [
        "knee-pain", "strength", "injury-prevention", "recovery", "beginners", "marathon", "foam-rolling", "glutes",
        "hamstrings", "hip-flexors", "warm-up", "core", "shin-splints", "plantar-fasciitis", "achilles", "nutrition",
        "hydration", "sleep", "cadence", "running-form", "half-marathon", "5k", "10k", "ultra", "trail-running", "speedwork",
        "tempo-runs", "long-runs", "tapering", "racing", "shoes", "stretching", "mobility", "calf-pain", "hip-pain", "back-pain",
        "it-band", "ankle", "heel-pain", "cross-training", "cycling", "swimming", "yoga", "pilates", "weight-loss", "masters",
        "women", "pregnancy", "youth", "motivation", "mental-health", "heat", "cold-weather", "altitude", "treadmill",
        "parkrun", "club-running", "coaching", "heart-rate", "recovery-runs",
    ];

    public static readonly string[] FirstNames =
    [
        "Alex", "Sam", "Jo", "Priya", "Tom", "Aisha", "Liam", "Maria", "Chen", "Fatima", "Oliver", "Grace", "Kwame", "Sofia",
        "Dan", "Niamh", "Ravi", "Emma", "Yusuf", "Hannah",
    ];

    public static readonly string[] Places =
    [
        "London", "Leeds", "Glasgow", "Cardiff", "Bristol", "Manchester", "Belfast", "York", "Brighton", "Norwich",
        "Dublin", "Edinburgh", "Sheffield", "Exeter",
    ];

    public static readonly string[] Roles =
    [
        "Running coach", "Chartered physiotherapist", "Sport scientist", "Strength and conditioning coach", "Sports dietitian",
        "Sports medicine doctor", "Podiatrist",
    ];

    /// <summary>Joins words drawn from a real word list into a clause.</summary>
    public static readonly string[] Linkers = ["matter as much as", "are not the same as", "often come with", "can help with", "are part of"];
}
