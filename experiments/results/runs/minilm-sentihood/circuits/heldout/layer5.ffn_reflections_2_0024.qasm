// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9221471589193904) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a2b806c64a24712a511785ca99c8b546b5afb6518f3ddcfb101debfc5a51411a
