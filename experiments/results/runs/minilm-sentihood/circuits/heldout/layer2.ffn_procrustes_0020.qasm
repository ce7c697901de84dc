// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5491787614556216) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 46cd307941e92ffe47679165138e98cdda9007fe7d123e757c78fe06293a80b9
