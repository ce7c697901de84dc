// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3660355111191986) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 834eb3e9ea1303d973873968811c9817e51848c85e8941bc25187a4741e4188f
