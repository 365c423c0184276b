using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Templates;

/// <summary>The escaping checks on the hostile fixture built with <c>--minify-html</c>.</summary>
public sealed class MinifiedEscapingTests(MinifiedHostileSiteFixture hostile) : EscapingChecks(hostile), IClassFixture<MinifiedHostileSiteFixture>;
