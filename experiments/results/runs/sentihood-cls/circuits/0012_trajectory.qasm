// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.357294379066192) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fcce2a144391b47ca2c63d05d7a7aa3c8c54893724af59d315314e7413ba5496
