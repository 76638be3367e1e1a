"""A customer's text: webhook -> store once -> pipeline -> understand -> the bot's replies."""
