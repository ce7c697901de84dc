// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6236024795593342) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6a7054362434103a76fcbd1675e092e268c46084dba14d957b90c0dcbc185dd8
