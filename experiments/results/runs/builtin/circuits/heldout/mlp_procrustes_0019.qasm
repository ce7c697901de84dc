// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.044803513777685) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fe8a33882a0b95aa428c6a1c1c77db8b676a0b95003813d66d5fa081ddad5a26
