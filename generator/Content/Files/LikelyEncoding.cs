using System.Text;

namespace RunnersQA.Content.Files;

/// <summary>What a file that is not UTF-8 was most likely saved as, told from its bytes above 0x7F.</summary>
internal sealed record LikelyEncoding(string Detail, string Advice, string EditorName)
{
    /// <param name="at">The first byte that is not UTF-8.</param>
    public static LikelyEncoding Of(ReadOnlySpan<byte> bytes, int at)
    {
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252);
        var high = bytes[at];
        // Word processors save smart quotes, dashes and ellipses as bytes 0x80-0x9F in Windows-1252; in Latin-1 these are controls.
        if (windows1252 is not null && (high is >= 0x80 and <= 0x9F || bytes.IndexOfAnyInRange((byte)0x80, (byte)0x9F) >= 0))
        {
            var shown = windows1252.GetString([high]);
            return new($", and it is '{shown}' in Windows-1252", "the file looks saved as Windows-1252 (as Word and older Windows editors do): ", "Windows 1252");
        }
        var shownLatin1 = Encoding.Latin1.GetString([high]);
        return new($", and it is '{shownLatin1}' in Latin-1", "the file looks saved as Latin-1 (ISO-8859-1) or Windows-1252: ", "Western (ISO 8859-1)");
    }
}
