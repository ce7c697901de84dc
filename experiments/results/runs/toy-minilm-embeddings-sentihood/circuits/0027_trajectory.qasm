// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.40922397035071917) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b219935f1ad49e4bc3ae694ec932bfe2c9a4a4f2fc63ed58f221b0d41d589ae7
