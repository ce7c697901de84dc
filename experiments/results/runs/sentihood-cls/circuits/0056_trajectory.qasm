// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5090073544378724) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ca0b57414f718bba816a06f53d0d86f2f538af4057d928ebc43db08d131e37e4
