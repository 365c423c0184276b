using System.Collections.Concurrent;

namespace RunnersQA.Diagnostics;

/// <summary>Collects diagnostics from parallel stages; read back in a stable order.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Error(SourceLocation at, DiagnosticCode code, string message, string hint) =>
        Add(new Diagnostic(at, Severity.Error, code, message, hint));

    public void Warning(SourceLocation at, DiagnosticCode code, string message, string hint) =>
        Add(new Diagnostic(at, Severity.Warning, code, message, hint));

    public bool HasErrors => _items.Any(d => d.IsError);

    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.Location.Path, StringComparer.Ordinal)
              .ThenBy(d => d.Location.Line)
              .ThenBy(d => d.Location.Column)
              .ThenBy(d => d.Code.Number)
              .ToList();
}
