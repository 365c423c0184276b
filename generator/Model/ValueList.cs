namespace RunnersQA.Model;

/// <summary>Makes <see cref="ValueList{T}"/>s; collection expressions (<c>[.. items]</c>) come here too.</summary>
public static class ValueList
{
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => items.IsEmpty ? ValueList<T>.Empty : new(items.ToArray());

    /// <summary>Takes the array as it is: the caller hands it over and must not change it afterwards.</summary>
    internal static ValueList<T> Own<T>(T[] items) => items.Length == 0 ? ValueList<T>.Empty : new(items);

    public static ValueList<T> ToValueList<T>(this IEnumerable<T> items) => Own(items.ToArray());
}
