namespace RunnersQA.Model;

/// <summary>An expert's entry on a professional register, with the public register's page when given.</summary>
public sealed record ExpertRegistration(string Body, string Number, string? Url);
