// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6037433831557584) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3ea88c46598ba8a92b596c151df873c75e8f47b94d2a035943e0c6b671a2ec81
