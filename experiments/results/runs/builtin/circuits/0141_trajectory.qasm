// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0718487762628985) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d40498aac75ec47a4e442ae0061e7faf9ac7ba64f94ea66a013a6bdc1a08ac55
