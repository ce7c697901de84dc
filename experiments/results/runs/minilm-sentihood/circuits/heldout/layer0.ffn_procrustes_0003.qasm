// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6738636942258637) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 34e3b794557b0c0ad6fb840b016f52e199994c723455acf07d79150c54a6967d
