import sys

from focal_release.cli import main

sys.exit(main())
