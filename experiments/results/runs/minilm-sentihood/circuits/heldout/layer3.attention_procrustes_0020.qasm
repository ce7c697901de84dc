// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4382224031073787) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bd2a9d5f3e78865715f709afbbe4d4b94ee49b91ff0230de32561c8006ce2b9d
