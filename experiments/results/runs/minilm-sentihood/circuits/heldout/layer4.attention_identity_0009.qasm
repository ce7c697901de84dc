// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.392762480594529) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 04f34fe7de20c03ba3f4b12ad1e83bc411a1ae334df10d773a82ec82baceec43
