using System.Globalization;
using System.Text;

namespace RunnersQA.Scaffold;

/// <summary>Text written as a YAML scalar that reads back exactly, whatever it holds (<c>:</c>, <c>#</c>, quotes, a leading dash).</summary>
public static class YamlScalar
{
    /// <summary>A double-quoted scalar: the one YAML style where every character can be escaped.</summary>
    public static string DoubleQuoted(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                // Control characters, YAML's extra line breaks and a stray BOM would not survive a raw write.
                case var other when char.IsControl(other) || other is '\u2028' or '\u2029' or '\uFEFF':
                    text.Append("\\u").Append(((int)other).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: text.Append(c); break;
            }
        }
        return text.Append('"').ToString();
    }
}
