using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Templates;

/// <summary>The escaping checks on the hostile fixture as a plain build writes it.</summary>
public sealed class EscapingTests(HostileSiteFixture hostile) : EscapingChecks(hostile), IClassFixture<HostileSiteFixture>;
