// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8307088113305241) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7f3d778a67783663df6f29eb30ad6c21a40d976373e17a5a6ae43b0543cc5b45
