using System.Text;
using System.Xml;
using RunnersQA.Publishing;

namespace RunnersQA.Artifacts;

/// <summary>Writes XML documents with a real XML writer, so every value is escaped by construction.</summary>
internal static class XmlFile
{
    public static OutputFile Make(string path, Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }
        return new OutputFile(path, buffer.ToArray());
    }
}
