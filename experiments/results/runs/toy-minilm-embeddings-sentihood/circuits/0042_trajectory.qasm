// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.9634163103392486) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5df4e964ee616f4c64dcade13f77ee7afbb75c6f1a3b428c6c5a280150f79899
