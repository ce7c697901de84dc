// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3798564387883872) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ca75d8009c54b437aa71478b9f7560bb4b8d0c1cc53c85dee68af49ba62d9bf1
