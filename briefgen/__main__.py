from briefgen.cli import main

if __name__ == "__main__":  # a spawned process (the PDF layout) imports this module again
    main()
