// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.502743113223976) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 96cf7a3430d6789d2a9c63de9267de16119b56284cfe276b228bbe886cbe9ee0
