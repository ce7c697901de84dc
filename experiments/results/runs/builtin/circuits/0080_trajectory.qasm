// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9500283764877118) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6c88eb7a9b71949bfdacc46f4a50902c89e189f6109c2097a35cc47ef4831723
