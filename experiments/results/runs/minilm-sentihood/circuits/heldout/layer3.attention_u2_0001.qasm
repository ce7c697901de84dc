// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3282425784519294) q[0];
ry(2.4662750151951207) q[0];
rz(0.25980415775380017) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 140866a890360d58cbe652234a39da6c2d09132e2c3e20e1843497501a407607
