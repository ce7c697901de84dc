// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.342064473928301) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0849a9d35a9ea64f8797ebc6248c423ff579b7e96045cf172b2fa519a14150af
