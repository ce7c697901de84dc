// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1193216699109887) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9f472821d5ba04bc737691911bfde617b8c667b82776801edf7e2872286fefe6
