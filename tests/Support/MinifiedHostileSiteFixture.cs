namespace RunnersQA.Tests.Support;

/// <summary>The hostile fixture built with <c>--minify-html</c>: minifying must not undo any escaping.</summary>
public sealed class MinifiedHostileSiteFixture : HostileSiteFixture
{
    public MinifiedHostileSiteFixture()
        : base(minifyHtml: true)
    {
    }
}
