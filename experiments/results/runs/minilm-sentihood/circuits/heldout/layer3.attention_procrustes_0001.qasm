// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.493569165598665) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ff0309727e2eef6756cca760517b6f506d532440ed62701a6c8f922476fe7bdf
