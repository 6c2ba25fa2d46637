from strategygraph.cli import main

raise SystemExit(main())
