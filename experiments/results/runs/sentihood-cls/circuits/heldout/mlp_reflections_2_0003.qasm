// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.364165223798471) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a2737b73910afee47ead972f4d5b801d0511790995836af0eb4080a4239f095a
