// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3930474127066441) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4a61c92868d1cae759c153d55860019732fba03fa7121af1794835dd66b9144d
