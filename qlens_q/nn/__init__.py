"""The toy Transformer, its hook points and its tuned lenses (PyTorch)."""
