namespace RunnersQA.Content.Fields;

/// <summary>What a field's value is, as the author writes it in YAML.</summary>
public enum FieldType
{
    /// <summary>One line of text.</summary>
    Text,

    /// <summary>Text in Markdown, usually a block after <c>|</c>.</summary>
    Markdown,

    /// <summary>A day, <c>YYYY-MM-DD</c>.</summary>
    Date,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A list of <see cref="Field.Item"/>s.</summary>
    List,

    /// <summary>A set of <c>key: value</c> pairs, the keys declared in <see cref="Field.Fields"/>.</summary>
    Object,

    /// <summary>A set of <c>key: value</c> pairs with keys of the author's choosing, each value a <see cref="Field.Item"/>.</summary>
    Map,
}
