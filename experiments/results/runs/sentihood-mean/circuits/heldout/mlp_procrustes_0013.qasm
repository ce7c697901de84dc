// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9393695848728574) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9d93860ed7c33093a5190cc3361c6e181a6dc7ede00c2bfb35ab9ec871f4ce6e
