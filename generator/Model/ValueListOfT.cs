using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;

namespace RunnersQA.Model;

/// <summary>
/// A read-only list that equals another with equal items in the same order. Records that hold these compare
/// by value all the way down, which is how an incremental build knows that a page's template would see
/// exactly what it saw last time.
/// </summary>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public sealed class ValueList<T> : ReadOnlyCollection<T>, IEquatable<ValueList<T>>
{
    public static new ValueList<T> Empty { get; } = new([]);

    internal ValueList(T[] items) : base(items)
    {
    }

    public bool Equals(ValueList<T>? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null || other.Count != Count) return false;
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < Count; i++)
        {
            if (!comparer.Equals(Items[i], other.Items[i])) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items) hash.Add(item);
        return hash.ToHashCode();
    }
}
