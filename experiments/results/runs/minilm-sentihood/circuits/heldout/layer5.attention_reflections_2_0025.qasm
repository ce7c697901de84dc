// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5958360218175798) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 704320e02335429d44652a67738268008f34f5735170235a29aac1244ae85f99
