// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.3290817093542264) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 19225e91a65bbcf089ab7671019a2b6f4b87f6966f5a5cf78fed4185296d521d
