// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1145077122350446) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0e9e34bacc0837c785ba939fd19a690fdaa7430b34f31143b127604956febab7
