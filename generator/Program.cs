return RunnersQA.Cli.CommandLine.Run(args, Console.Out, Console.Error);
