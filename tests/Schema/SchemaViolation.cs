using NJsonSchema.Validation;

namespace RunnersQA.Tests.Schema;

/// <summary>One way a document breaks a schema: where (a JSON path such as "#/tags[0]") and which rule.</summary>
internal sealed record SchemaViolation(string Path, ValidationErrorKind Kind)
{
    public override string ToString() => $"{Path}: {Kind}";
}
