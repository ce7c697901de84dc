// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.330974822074776) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3245bd58c9f6201985fc1cd2b1edcb8e76023e61f777081e1b8b8f4dedbeda10
