import sys

from assistant.present.cli import main

if __name__ == "__main__":
    sys.exit(main())
