// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7817490301659923) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0e5f99ffac5bfe19526a2684feb804943ca6d536c56388edf3f5505815238748
