// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5334282501242866) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 37fd632d3361b3657874076ec2c521eab6d00a071298595a145855d8aa6059b7
