// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.24111926567436193) q[0];
ry(1.8530697909417542) q[0];
rz(0.06838706595468036) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fcb71a65c3b7831b55ea61e65e13cf7b276ac538fedf8916443dbfcd80da88bd
