// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6304229048150277) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e446f5058fc784e04a6c5a1c222eb8664a6c83da2995a6691778c52877df61da
